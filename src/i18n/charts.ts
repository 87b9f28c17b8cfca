// The words a chart shows (the HTML report's trend charts and the workbook's native charts).
import type { Text } from '../core/types.js';

export const CHART_LABELS = {
  observed: { zh: '实际值', en: 'observed' },
  threshold: { zh: '目标', en: 'target' },
  required: { zh: '达标所需路径', en: 'path to the target' },
  projection: { zh: '按当前速度预测', en: 'projection at the observed pace' },
  deadline: { zh: '期限', en: 'deadline' },
  ongoing: { zh: '持续性目标，无期限', en: 'ongoing, no deadline' },
  status: { zh: '状态', en: 'status' },
} satisfies Record<string, Text>;
