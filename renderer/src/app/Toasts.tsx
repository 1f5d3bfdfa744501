import { CircleAlert, CircleCheck, Info, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useAppStore } from '../store';
import { selectToasts } from '../store/selectors';
import type { Toast } from '../store/slices/uiSlice';

const ICONS = { info: Info, success: CircleCheck, error: CircleAlert };

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useAppStore((s) => s.dismissToast);
  // Hovering or focusing keeps the toast, so an Undo button cannot vanish under the pointer.
  const [held, setHeld] = useState(false);
  const remaining = useRef(toast.durationMs);

  useEffect(() => {
    if (held) return;
    const started = Date.now();
    const timer = setTimeout(() => dismiss(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current = Math.max(1_500, remaining.current - (Date.now() - started));
    };
  }, [held, dismiss, toast.id]);

  const Icon = ICONS[toast.tone];
  return (
    <div
      className={`toast toast-${toast.tone}`}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Icon size={18} aria-hidden className="toast-icon" />
      <p className="toast-message">
        {toast.message}
        {toast.link && (
          <>
            {' '}
            <Link href={toast.link.href} onClick={() => dismiss(toast.id)}>
              {toast.link.label}
            </Link>
          </>
        )}
      </p>
      {toast.action && (
        <button
          type="button"
          className="btn btn-small toast-action"
          onClick={() => {
            dismiss(toast.id);
            void toast.action?.run();
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
        <X size={16} aria-hidden />
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useAppStore(selectToasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((t) => (
        <ToastItem key={t.id} toast={t} />
      ))}
    </div>
  );
}
