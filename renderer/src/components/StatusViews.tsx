import { CircleAlert, LoaderCircle } from 'lucide-react';
import type { ErrorInfo } from '../lib/api';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <LoaderCircle size={18} className="spin" aria-hidden />
      <span>{label}</span>
    </div>
  );
}

/** A load that failed: what failed, the core's message, and a way to try again. */
export function LoadError({ what, error, onRetry }: { what: string; error: ErrorInfo | null; onRetry?: () => void }) {
  return (
    <div className="load-error" role="alert">
      <CircleAlert size={20} aria-hidden />
      <div>
        <p className="load-error-title">Could not load {what}</p>
        {error && <p className="muted">{error.message}</p>}
      </div>
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
