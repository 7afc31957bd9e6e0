import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';

/**
 * Every store is made here, so every store joins one reset registry: when the session ends,
 * `resetAllStores` puts each back to its first state and nothing from the session stays behind.
 */
const resets = new Set<() => void>();
let generation = 0;

export function createStore<T extends object>(initializer: StateCreator<T>): UseBoundStore<StoreApi<T>> {
  const store = create<T>()(initializer);
  const initial = store.getState();
  resets.add(() => store.setState(initial, true));
  return store;
}

/**
 * A store the lock leaves alone, for facts about the desk itself (is this the training desk?)
 * that the sign-in screen needs too. Never for anything about a participant or a person signed in.
 */
export function createDeskStore<T extends object>(initializer: StateCreator<T>): UseBoundStore<StoreApi<T>> {
  return create<T>()(initializer);
}

export function resetAllStores(): void {
  generation += 1;
  resets.forEach((reset) => reset());
}

/** Changes at every reset, so a reply that arrives after the session ended can be recognised and dropped. */
export function storeGeneration(): number {
  return generation;
}
