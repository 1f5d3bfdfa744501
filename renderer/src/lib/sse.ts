/** One Server-Sent Events frame: `event:` name (default "message") and the joined `data:` lines. */
export interface SseFrame {
  event: string;
  data: string;
}

/**
 * Splits a growing text buffer into complete frames. A frame ends at a blank line; whatever
 * follows the last blank line is returned as `rest` and waits for the next chunk.
 */
export function parseSseFrames(buffer: string): { frames: SseFrame[]; rest: string } {
  const normalised = buffer.replace(/\r\n?/g, '\n');
  const blocks = normalised.split('\n\n');
  const rest = blocks.pop() ?? '';
  const frames: SseFrame[] = [];
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue; // comments are keep-alives
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) frames.push({ event, data: data.join('\n') });
  }
  return { frames, rest };
}

export interface EventStreamOptions {
  url: string;
  token: string;
  onFrame(frame: SseFrame): void;
  /** Called each time the stream is (re)established; `reconnected` is false the first time. */
  onOpen?(reconnected: boolean): void;
  fetchImpl?: typeof fetch;
  /** First retry delay; doubles on each failure up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * Reads SSE through fetch rather than EventSource, because EventSource cannot send the
 * Authorization header and the token must not sit in a URL that lands in logs.
 * Reconnects with exponential backoff until stopped.
 */
export function openEventStream(options: EventStreamOptions): () => void {
  const fetchImpl = options.fetchImpl ?? fetch.bind(globalThis);
  const base = options.baseDelayMs ?? 500;
  const max = options.maxDelayMs ?? 15_000;
  let stopped = false;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let opened = false;

  async function readOnce(): Promise<void> {
    controller = new AbortController();
    const res = await fetchImpl(options.url, {
      headers: { Authorization: `Bearer ${options.token}`, Accept: 'text/event-stream' },
      signal: controller.signal,
      cache: 'no-store',
    });
    if (!res.ok || !res.body) throw new Error(`event stream answered ${res.status}`);
    options.onOpen?.(opened);
    opened = true;
    failures = 0;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const parsed = parseSseFrames(buffer + value);
      buffer = parsed.rest;
      parsed.frames.forEach((frame) => options.onFrame(frame));
    }
  }

  function loop(): void {
    timer = null;
    readOnce()
      .catch(() => undefined)
      .finally(() => {
        if (stopped) return;
        const delay = Math.min(max, base * 2 ** failures);
        failures += 1;
        timer = setTimeout(loop, delay);
      });
  }

  loop();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    controller?.abort();
  };
}
