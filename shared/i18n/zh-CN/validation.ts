/**
 * Messages of the shared validation rules (ID numbers, credit codes, phones, the union profile).
 * Chinese is the source language; `{name}` marks a parameter filled in by `t()`.
 */
export const validation = {
  'field.required': '请填写{field}。',
} as const;
