import { ImageUp, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Person } from '../../../../shared/domain/person';
import { Avatar } from '../../components/Avatar';
import { invoke, toErrorInfo } from '../../lib/api';
import { preparePhoto } from '../../lib/photo';
import { useAppStore } from '../../store';

/** Photos by person and version, so a page revisit does not fetch the same bytes again. */
const cache = new Map<string, string>();

function usePhotoUrl(person: Person): string | null {
  const key = `${person.id}:${person.updatedAt}`;
  const [loaded, setLoaded] = useState<{ key: string; url: string } | null>(null);
  const cached = cache.get(key) ?? (loaded?.key === key ? loaded.url : null);
  useEffect(() => {
    if (!person.hasPhoto || cache.has(key)) return;
    let live = true;
    invoke('people:photo', { id: person.id }).then(
      (photo) => {
        if (!photo) return;
        const url = `data:${photo.mime};base64,${photo.base64}`;
        cache.set(key, url);
        if (live) setLoaded({ key, url });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key, person.hasPhoto, person.id]);
  return person.hasPhoto ? cached : null;
}

export function PhotoControl({ person }: { person: Person }) {
  const changePerson = useAppStore((s) => s.changePerson);
  const pushToast = useAppStore((s) => s.pushToast);
  const url = usePhotoUrl(person);
  const file = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function pick(chosen: File | undefined) {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      const photo = await preparePhoto(chosen);
      await changePerson('people:set-photo', { id: person.id, photo });
    } catch (err) {
      setError(err instanceof Error && !('code' in err) ? err.message : toErrorInfo(err).message);
    } finally {
      setBusy(false);
      if (file.current) file.current.value = '';
    }
  }

  async function remove() {
    try {
      await changePerson('people:set-photo', { id: person.id, photo: null });
      pushToast({ tone: 'info', message: 'Photo removed' });
    } catch (err) {
      setError(toErrorInfo(err).message);
    }
  }

  return (
    <div className="photo-control">
      {url ? <img className="photo" src={url} alt={`Photo of ${person.displayName}`} /> : <Avatar id={person.id} name={person.displayName} size="lg" />}
      <div className="photo-actions">
        <button type="button" className="icon-button" aria-label={person.hasPhoto ? 'Change photo' : 'Add photo'} title={person.hasPhoto ? 'Change photo' : 'Add photo'} disabled={busy} onClick={() => file.current?.click()}>
          <ImageUp size={14} aria-hidden />
        </button>
        {person.hasPhoto && (
          <button type="button" className="icon-button" aria-label="Remove photo" title="Remove photo" onClick={() => void remove()}>
            <Trash2 size={14} aria-hidden />
          </button>
        )}
      </div>
      <input ref={file} type="file" accept="image/*" hidden aria-label="Photo file" onChange={(e) => void pick(e.target.files?.[0])} />
      {error && (
        <p className="field-error photo-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
