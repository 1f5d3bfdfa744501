import { Compass } from 'lucide-react';
import { Link, Redirect, Route, Switch } from 'wouter';
import { EmptyState } from '../components/EmptyState';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { PersonScreen } from '../features/person/PersonScreen';
import { EventScreen } from '../features/events/EventScreen';
import { EventsScreen } from '../features/events/EventsScreen';
import { PruneScreen } from '../features/prune/PruneScreen';
import { ImportScreen, RemindersScreen, TodayScreen } from '../features/placeholders/PlannedScreens';
import { ActivityScreen } from '../features/timeline/ActivityScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';

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
    <Switch>
      {/* People is the start screen while Today has nothing of its own to show yet. */}
      <Route path="/">
        <Redirect to="/people" replace />
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
      <Route path="/settings" component={SettingsScreen} />
      <Route component={UnknownScreen} />
    </Switch>
  );
}
