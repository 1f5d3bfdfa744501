import type { RelationshipJourney } from '../../../../shared/domain/xArchive';
import { type ErrorInfo, invoke, toErrorInfo } from '../../lib/api';
import type { LoadStatus, SliceCreator } from '../types';

/** The open person's journey: where the relationship lives, how it began, their X accounts. */
export interface JourneyState {
  personId: string | null;
  journey: RelationshipJourney | null;
  status: LoadStatus;
  error: ErrorInfo | null;
}

export interface JourneySlice {
  journey: JourneyState;
  loadJourney(personId: string): Promise<void>;
  /** Re-reads the open person's journey without a loading flash; a no-op when none is open. */
  refreshJourney(): Promise<void>;
  closeJourney(): void;
}

export const initialJourney: JourneyState = { personId: null, journey: null, status: 'idle', error: null };

export const createJourneySlice: SliceCreator<JourneySlice> = (set, get) => {
  async function read(personId: string, quiet: boolean): Promise<void> {
    if (!quiet) set({ journey: { personId, journey: null, status: 'loading', error: null } }, undefined, 'journey/loadStart');
    try {
      const journey = await invoke('journey:person', { id: personId });
      if (get().journey.personId !== personId) return;
      set({ journey: { personId, journey, status: 'ready', error: null } }, undefined, 'journey/loaded');
    } catch (error) {
      if (get().journey.personId !== personId) return;
      set((s) => ({ journey: { ...s.journey, status: 'error', error: toErrorInfo(error) } }), undefined, 'journey/loadFailed');
    }
  }

  return {
    journey: initialJourney,
    loadJourney: (personId) => read(personId, false),
    async refreshJourney() {
      const { personId, status } = get().journey;
      if (personId && status !== 'idle') await read(personId, status === 'ready');
    },
    closeJourney() {
      set({ journey: initialJourney }, undefined, 'journey/close');
    },
  };
};
