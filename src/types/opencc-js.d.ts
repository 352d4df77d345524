// opencc-js ships no types for its deep dictionary imports; these are the two we use.
declare module 'opencc-js/dict/CJK_Compatibility_Ideographs' {
  /** Dictionary as `a b|c d|…` pairs. */
  const dict: string;
  export default dict;
}
declare module 'opencc-js/to/cn' {
  /** Conversion chain: a list of dictionary groups. */
  const groups: readonly (readonly string[])[];
  export default groups;
}
