import { Compass } from 'lucide-react';
import { Suspense } from 'react';
import { Link, Redirect, Route, Switch } from 'wouter';
import { EmptyState } from '../components/EmptyState';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { PersonScreen } from '../features/person/PersonScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import {
  ActivityScreen,
  DuplicatesScreen,
  EventScreen,
  EventsScreen,
  ImportScreen,
  PruneScreen,
  RemindersScreen,
  SettingsScreen,
  XAccountsScreen,
  XMatchesScreen,
} from './lazyScreens';

function UnknownScreen() {
  return (
    <div className="screen">
      <EmptyState
        icon={Compass}
        title="There is no screen at this address"
        actions={
          <Link href="/people" className="btn btn-primary">
            Go to People
          </Link>
        }
      />
    </div>
  );
}

export function AppRoutes() {
  return (
    // The other screens load after Today has painted (lazyScreens); until one is there, an empty screen.
    <Suspense fallback={<div className="screen" aria-busy="true" />}>
      <Switch>
        {/* Today is the home screen: what is due, who to reconnect with. */}
        <Route path="/">
          <Redirect to="/today" replace />
        </Route>
        <Route path="/today" component={TodayScreen} />
        <Route path="/people" component={PeopleScreen} />
        <Route path="/prune" component={PruneScreen} />
        <Route path="/people/:id">{(params) => <PersonScreen id={params.id} />}</Route>
        <Route path="/events" component={EventsScreen} />
        {/* One route for the page and its capture mode, so switching mode keeps the loaded event. */}
        <Route path="/events/:id/:mode?">{(params) => <EventScreen id={params.id} capture={params.mode === 'capture'} />}</Route>
        <Route path="/reminders" component={RemindersScreen} />
        <Route path="/timeline" component={ActivityScreen} />
        <Route path="/import" component={ImportScreen} />
        <Route path="/duplicates" component={DuplicatesScreen} />
        <Route path="/settings" component={SettingsScreen} />
        <Route path="/x/matches" component={XMatchesScreen} />
        <Route path="/x/accounts" component={XAccountsScreen} />
        <Route path="/x">
          <Redirect to="/x/accounts" replace />
        </Route>
        <Route component={UnknownScreen} />
      </Switch>
    </Suspense>
  );
}
