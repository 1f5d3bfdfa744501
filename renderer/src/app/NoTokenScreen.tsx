import { KeyRound } from 'lucide-react';

/** Browser mode without the per-run token: the page cannot talk to the core, so say how to get in. */
export function NoTokenScreen() {
  return (
    <main className="no-token">
      <div className="no-token-card">
        <KeyRound size={28} className="no-token-icon" aria-hidden />
        <h1>Open Rapport from its private link</h1>
        <p>
          In the browser, Rapport needs the link that <code>npm run web</code> prints in the terminal. It carries an access
          key made for this run, so no other page or program on this computer can read your contacts.
        </p>
        <ol>
          <li>
            In the Rapport folder, run <code>npm run web</code>.
          </li>
          <li>
            Open the link it prints: <code>crm web: http://127.0.0.1:&lt;port&gt;/#token=…</code>
          </li>
        </ol>
        <p className="muted">The link works only on this computer and only while that command is running.</p>
      </div>
    </main>
  );
}
