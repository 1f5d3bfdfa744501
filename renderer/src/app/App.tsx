import { useEffect } from 'react';
import { Router, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AddPersonDialog } from '../features/people/AddPersonDialog';
import { startInvalidation } from '../store/invalidation';
import { AppRoutes } from './AppRoutes';
import { ErrorBoundary } from './ErrorBoundary';
import { Sidebar } from './Sidebar';
import { Toasts } from './Toasts';
import { useShortcuts } from './useShortcuts';
import { useThemeAttribute } from './useThemeAttribute';

function Shell() {
  const [location] = useLocation();
  useShortcuts();
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
      <Toasts />
    </div>
  );
}

export function App() {
  useThemeAttribute();
  useEffect(() => startInvalidation(), []);
  return (
    <ErrorBoundary>
      <Router hook={useHashLocation}>
        <Shell />
      </Router>
    </ErrorBoundary>
  );
}
