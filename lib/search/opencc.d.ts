// opencc-js ships no types for its individual dictionaries; each module default-exports the
// dictionary as "from to|from to|…".
declare module "opencc-js/dict/TSCharacters" {
  const dict: string;
  export default dict;
}
declare module "opencc-js/dict/TWVariantsRev" {
  const dict: string;
  export default dict;
}
declare module "opencc-js/dict/TWPhrasesRev" {
  const dict: string;
  export default dict;
}
declare module "opencc-js/dict/TWPhrases" {
  const dict: string;
  export default dict;
}
