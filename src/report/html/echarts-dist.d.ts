// ECharts' single-file ES build (see trend-chart.ts): the same API as the package's main entry.
declare module 'echarts/dist/echarts.esm.min.mjs' {
  export * from 'echarts';
}
