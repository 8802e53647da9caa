// opencc-js ships no types for its data modules: the t→cn dictionary group (what search converts
// traditional characters with) and the characters table (the build's list of what conversion changes).
declare module 'opencc-js/to/cn' {
  const group: import('opencc-js/core').DictGroup[];
  export default group;
}
declare module 'opencc-js/dict/TSCharacters' {
  /** `繁 简|…`: each traditional character with its simplified form(s). */
  const table: string;
  export default table;
}
