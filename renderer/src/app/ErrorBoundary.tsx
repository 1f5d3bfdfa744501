import { TriangleAlert } from 'lucide-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** When this changes (e.g. the route), a failed screen gets another chance to render. */
  resetKey?: unknown;
}

interface ErrorBoundaryState {
  error: Error | null;
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Rapport could not show this screen', error, info.componentStack);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="crash" role="alert" aria-labelledby="crash-title">
        <TriangleAlert size={28} className="crash-icon" aria-hidden />
        <h1 id="crash-title">Something went wrong on this screen</h1>
        <p>
          Your data is safe: it lives in the database file, not in this window. Reloading usually fixes this; if it keeps
          happening, the details below help find the cause.
        </p>
        <p className="crash-message">{error.message || error.name}</p>
        <div className="crash-actions">
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            Reload
          </button>
          <button type="button" className="btn" onClick={() => this.setState({ error: null })}>
            Try again without reloading
          </button>
        </div>
        {error.stack && (
          <details className="crash-details">
            <summary>Technical details</summary>
            <pre>{error.stack}</pre>
          </details>
        )}
      </section>
    );
  }
}
