import { Undo2, UserCheck, X } from 'lucide-react';
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Event } from '../../../../shared/domain/event';
import type { Res } from '../../../../shared/ipc/contract';
import { foldText } from '../../../../shared/util/text';
import { Listbox, comboboxProps } from '../../components/Listbox';
import type { RefOption } from '../../components/RefPicker';
import { invoke, toErrorInfo } from '../../lib/api';
import { conflictOwner, type PlacedErrors, noErrors, sentence } from '../../lib/fieldErrors';
import { searchPeople } from '../../lib/search';
import { useListNav } from '../../lib/useListNav';
import { useLiveSearch } from '../../lib/useLiveSearch';
import { useAppStore } from '../../store';
import { type CaptureField, type CaptureValues, EMPTY_CAPTURE, captureErrors, captureRequest } from './captureRow';

type Captured = Res<'events:capture'> & { undone?: boolean };
const NONE: RefOption[] = [];

/**
 * Event capture mode: one row of inputs, Enter saves and puts the cursor back in Name for
 * the next person. Typing a name suggests people already known; ↓ then Enter picks one.
 */
export function EventCapture({ event, onExit }: { event: Event; onExit(): void }) {
  const refreshEvent = useAppStore((s) => s.refreshEvent);
  const refreshPeople = useAppStore((s) => s.refreshPeople);
  const pushToast = useAppStore((s) => s.pushToast);
  const [values, setValues] = useState<CaptureValues>(EMPTY_CAPTURE);
  const [errors, setErrors] = useState<PlacedErrors<CaptureField>>(noErrors);
  const [conflict, setConflict] = useState<{ personId: string; name: string } | null>(null);
  const [captured, setCaptured] = useState<Captured[]>([]);
  const [listOpen, setListOpen] = useState(true);
  const [saving, setSaving] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const hookInput = useRef<HTMLInputElement>(null);
  const listId = useId();
  const found = useLiveSearch(values.picked ? '' : values.name, searchPeople, NONE);
  const suggestions = found.results;
  const showList = listOpen && !values.picked && values.name.trim() !== '' && suggestions.length > 0;
  const exact = suggestions.findIndex((s) => foldText(s.name) === foldText(values.name));

  const set = (patch: Partial<CaptureValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setErrors(noErrors);
    setConflict(null);
  };
  function pick(index: number) {
    const s = suggestions[index];
    if (!s) return;
    set({ picked: { id: s.id, name: s.name }, name: s.name });
    hookInput.current?.focus();
  }
  // An exact name match is pre-selected, so Enter adds to the person already known.
  const nav = useListNav(suggestions.length, pick, exact, found.results);

  async function save(e?: FormEvent) {
    e?.preventDefault();
    if (saving) return;
    if (!values.picked && !values.name.trim()) {
      setErrors({ fields: { name: 'Type a name, or pick someone you already know.' }, form: null });
      nameInput.current?.focus();
      return;
    }
    setSaving(true);
    try {
      const result = await invoke('events:capture', captureRequest(event.id, values));
      setCaptured((list) => [result, ...list]);
      setValues(EMPTY_CAPTURE);
      setListOpen(true);
      void refreshEvent();
      void refreshPeople();
      nameInput.current?.focus();
    } catch (error) {
      const info = toErrorInfo(error);
      setErrors(captureErrors(info));
      setConflict(conflictOwner(info));
    } finally {
      setSaving(false);
    }
  }

  async function undo(item: Captured) {
    try {
      await invoke('attendance:remove', { id: item.attendance.id });
      if (item.created) await invoke('people:archive', { id: item.person.id });
      setCaptured((list) => list.map((c) => (c === item ? { ...c, undone: true } : c)));
      void refreshEvent();
      void refreshPeople();
    } catch (error) {
      pushToast({ tone: 'error', message: `Could not undo: ${toErrorInfo(error).message}` });
    }
  }

  function onNameKey(e: KeyboardEvent<HTMLInputElement>) {
    if (showList && nav.onKeyDown(e)) return;
    if (e.key === 'Escape' && showList) {
      e.preventDefault();
      e.stopPropagation();
      setListOpen(false);
    } else if (e.key === 'Backspace' && values.picked) {
      e.preventDefault();
      set({ picked: null });
    }
  }

  const error = (field: CaptureField) =>
    errors.fields[field] && (
      <p className="field-error" id={`capture-${field}-error`} role="alert">
        {field === 'handle' && conflict ? (
          <>
            {errors.fields.handle!.split(' already belongs to ')[0]} already belongs to <Link href={`/people/${conflict.personId}`}>{conflict.name}</Link>.{' '}
            <button type="button" className="link-button" onClick={() => set({ picked: { id: conflict.personId, name: conflict.name }, name: conflict.name })}>
              Add {conflict.name} instead
            </button>
          </>
        ) : (
          sentence(errors.fields[field]!)
        )}
      </p>
    );
  const input = (field: CaptureField) => ({ 'aria-invalid': Boolean(errors.fields[field]), 'aria-describedby': errors.fields[field] ? `capture-${field}-error` : undefined });

  return (
    <section className="card capture-card" aria-labelledby="capture-title">
      <div className="card-title">
        <h2 id="capture-title">Capture people met at {event.name}</h2>
        <button type="button" className="btn btn-small btn-ghost" onClick={onExit}>
          <X size={14} aria-hidden /> Done
        </button>
      </div>
      <form className="capture-row" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && onExit()} aria-label="Capture a person">
        <div className="capture-cell capture-name">
          <label htmlFor="capture-name">Name</label>
          <div className="picker">
            <input
              ref={nameInput}
              id="capture-name"
              autoFocus
              {...comboboxProps(listId, showList, nav.active)}
              spellCheck={false}
              placeholder="Who did you meet?"
              className={values.picked ? 'picked' : undefined}
              value={values.name}
              onChange={(e) => {
                set({ name: e.target.value, picked: null });
                setListOpen(true);
              }}
              onKeyDown={onNameKey}
              onBlur={() => setListOpen(false)}
              onFocus={() => setListOpen(true)}
              {...input('name')}
            />
            {values.picked && (
              <span className="picked-badge">
                <UserCheck size={12} aria-hidden /> already known
              </span>
            )}
            {showList && (
              <Listbox
                id={listId}
                label="People you already know"
                options={suggestions.map((s) => ({ id: s.id, label: s.name, detail: s.detail }))}
                active={nav.active}
                onPick={pick}
                onHover={nav.setActive}
                footer={<span className="muted">↓ Enter: add to them · keep typing: someone new</span>}
              />
            )}
          </div>
          {error('name')}
        </div>
        <div className="capture-cell capture-hook">
          <label htmlFor="capture-hook">One-line hook</label>
          <input ref={hookInput} id="capture-hook" autoComplete="off" placeholder="talked about aviation art; send him the HBR article" value={values.hook} onChange={(e) => set({ hook: e.target.value })} {...input('hook')} />
          {error('hook')}
        </div>
        <div className="capture-cell">
          <label htmlFor="capture-handle">Handle</label>
          <input id="capture-handle" autoComplete="off" spellCheck={false} placeholder="@handle, email, link" value={values.handle} onChange={(e) => set({ handle: e.target.value })} {...input('handle')} />
          {error('handle')}
        </div>
        <div className="capture-cell">
          <label htmlFor="capture-interests">Interests</label>
          <input id="capture-interests" autoComplete="off" placeholder="comma, separated" value={values.interests} onChange={(e) => set({ interests: e.target.value })} {...input('interests')} />
          {error('interests')}
        </div>
        <button type="submit" className="btn btn-primary capture-save" disabled={saving}>
          Save <kbd>Enter</kbd>
        </button>
      </form>
      <p className="field-hint">Enter saves and starts the next person · Tab moves between fields · Esc ends capture mode.</p>
      {captured.length > 0 && (
        <ul className="captured-list" aria-label="Captured just now">
          {captured.map((c) => (
            <li key={c.attendance.id} className={`captured${c.undone ? ' undone' : ''}`}>
              <Link href={`/people/${c.person.id}`}>{c.person.displayName}</Link>
              <span className={`tag ${c.created ? 'tag-new' : 'tag-ok'}`}>{c.created ? 'new' : 'already known'}</span>
              {c.attendance.note && <span className="muted captured-hook">{c.attendance.note}</span>}
              {c.undone ? (
                <span className="muted">undone</span>
              ) : (
                <button type="button" className="btn btn-small btn-ghost" onClick={() => void undo(c)} aria-label={`Undo ${c.person.displayName}`}>
                  <Undo2 size={14} aria-hidden /> Undo
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
