/**
 * Default population denominators: libs/reference/data/vn-provinces-34-population.csv (see the
 * README beside it): administrative population scale (quy mô dân số) as adopted by NQ 202/2025/QH15
 * on 12 June 2025 (11 unmerged units from the 2025 tables). They overstate people by about 7–13 %,
 * so every per-capita figure shows this source and year. Checked against the CSV by a spec.
 */
export const DEFAULT_POPULATION_SOURCE = 'Quy mô dân số hành chính (NQ 202/2025/QH15), chưa hiệu chỉnh — cao hơn dân số thống kê ~7–13 %';
export const DEFAULT_POPULATION_YEAR = 2025;
export const DEFAULT_POPULATION: Readonly<Record<string, number>> = Object.freeze({
  '01': 8807523,
  '04': 573119,
  '08': 1865270,
  '11': 673091,
  '12': 512601,
  '14': 1404587,
  '15': 1778785,
  '19': 1799489,
  '20': 881384,
  '22': 1497447,
  '24': 3619433,
  '25': 4022638,
  '31': 4664124,
  '33': 3567943,
  '37': 4412264,
  '38': 4324783,
  '40': 3831694,
  '42': 1622901,
  '44': 1870845,
  '46': 1432986,
  '48': 3065628,
  '51': 2161755,
  '52': 3583693,
  '56': 2243554,
  '66': 3346853,
  '68': 3872999,
  '75': 4491408,
  '79': 14002598,
  '80': 3254170,
  '82': 4370046,
  '86': 4257581,
  '91': 4952238,
  '92': 4199824,
  '96': 2606672,
});
