declare module 'vue/dist/vue.common.prod.js' {
  const Vue: unknown;
  export default Vue;
}
declare module 'pikaday' {
  const Pikaday: unknown;
  export default Pikaday;
}
