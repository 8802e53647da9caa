declare module 'virtual:bilingual-edition' {
  const snapshot: import('./edition/edition-snapshot.ts').EditionSnapshot;
  export default snapshot;
}
