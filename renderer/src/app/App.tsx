import { useEffect } from 'react';
import { Router, useLocation } from 'wouter';
import { QuickCaptureDialog } from '../features/capture/QuickCaptureDialog';
import { NewEventDialog } from '../features/events/EventFormDialog';
import { startReminderNotifications } from '../features/inbox/notifications';
import { CommandPalette } from '../features/palette/CommandPalette';
import { AppNewReminderDialog } from '../features/reminders/NewReminderDialog';
import { AddPersonDialog } from '../features/people/AddPersonDialog';
import { LogTouchpointDialog } from '../features/touchpoints/LogTouchpointDialog';
import { useHashPath } from '../lib/hashLocation';
import { startInvalidation } from '../store/invalidation';
import { AppRoutes } from './AppRoutes';
import { preloadScreens } from './lazyScreens';
import { ErrorBoundary } from './ErrorBoundary';
import { Sidebar } from './Sidebar';
import { Toasts } from './Toasts';
import { useNavigateEvents } from './useNavigateEvents';
import { useShortcuts } from './useShortcuts';
import { useThemeAttribute } from './useThemeAttribute';

function Shell() {
  const [location] = useLocation();
  useShortcuts();
  useNavigateEvents();
  return (
    <div className="app">
      <Sidebar />
      <main className="main">
        {/* Keyed by route: a screen that crashed gets a fresh start when the user navigates away. */}
        <ErrorBoundary resetKey={location}>
          <AppRoutes />
        </ErrorBoundary>
      </main>
      <AddPersonDialog />
      <LogTouchpointDialog />
      <QuickCaptureDialog />
      <NewEventDialog />
      <AppNewReminderDialog />
      <CommandPalette />
      <Toasts />
    </div>
  );
}

export function App() {
  useThemeAttribute();
  useEffect(() => startInvalidation(), []);
  useEffect(() => startReminderNotifications(), []);
  useEffect(() => preloadScreens(), []);
  return (
    <ErrorBoundary>
      <Router hook={useHashPath}>
        <Shell />
      </Router>
    </ErrorBoundary>
  );
}
