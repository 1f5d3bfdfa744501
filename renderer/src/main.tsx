import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { NoTokenScreen } from './app/NoTokenScreen';
import { startTransport } from './lib/transport';
import { useAppStore } from './store';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/forms.css';
import './styles/overlays.css';
import './styles/people.css';
import './styles/person.css';
import './styles/settings.css';
import './styles/pickers.css';
import './styles/timeline.css';
import './styles/events.css';
import './styles/palette.css';
import './styles/today.css';
import './styles/reminders.css';
import './styles/health.css';
import './styles/narrow.css';

// Chosen before the first render: nothing below knows whether it talks IPC or HTTP.
const start = startTransport();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The home screen's data is asked for now, not after the first render: it arrives while React mounts.
if (start.kind === 'ready' && /^#?\/?(today)?$/.test(window.location.hash)) void useAppStore.getState().loadToday();

createRoot(root).render(<StrictMode>{start.kind === 'ready' ? <App /> : <NoTokenScreen />}</StrictMode>);
