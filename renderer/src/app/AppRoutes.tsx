import { Compass } from 'lucide-react';
import { Link, Redirect, Route, Switch } from 'wouter';
import { EmptyState } from '../components/EmptyState';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { PersonScreen } from '../features/person/PersonScreen';
import { EventScreen } from '../features/events/EventScreen';
import { EventsScreen } from '../features/events/EventsScreen';
import { PruneScreen } from '../features/prune/PruneScreen';
import { ImportScreen } from '../features/imports/ImportScreen';
import { RemindersScreen } from '../features/reminders/RemindersScreen';
import { TodayScreen } from '../features/today/TodayScreen';
import { ActivityScreen } from '../features/timeline/ActivityScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { XAccountsScreen } from '../features/x/XAccountsScreen';
import { XMatchesScreen } from '../features/x/XMatchesScreen';

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
      <Route path="/settings" component={SettingsScreen} />
      <Route path="/x/matches" component={XMatchesScreen} />
      <Route path="/x/accounts" component={XAccountsScreen} />
      <Route path="/x">
        <Redirect to="/x/accounts" replace />
      </Route>
      <Route component={UnknownScreen} />
    </Switch>
  );
}
