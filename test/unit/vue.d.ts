declare module 'vue/dist/vue.common.prod.js' {
  const Vue: unknown;
  export default Vue;
}
