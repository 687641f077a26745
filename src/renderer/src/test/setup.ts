// A fresh in-memory IndexedDB for every test file (Dexie finds it on globalThis).
import 'fake-indexeddb/auto'
