import { fieldValidation } from '../../src/taskpane/field-validation';
import type { ReportedFinding } from '../../src/domain';

const finding = (severity: ReportedFinding['severity'], message: string): ReportedFinding => ({
  field: 'ambtenaar.telefoon',
  code: severity === 'info' ? 'phone_style' : 'phone_format',
  severity,
  message,
});

describe('findings → Fluent Field props (the one mapper)', () => {
  it.each([
    ['no findings', [], { validationState: 'none' }],
    ['an error', [finding('error', 'Fout.')], { validationState: 'error', validationMessage: 'Fout.' }],
    ['a warning', [finding('warning', 'Let op.')], { validationState: 'warning', validationMessage: 'Let op.' }],
    ['info shows its text without an error colour', [finding('info', 'Huisstijl.')], { validationState: 'none', validationMessage: 'Huisstijl.' }],
    [
      'the worst severity wins and every message is shown, worst first',
      [finding('info', 'Huisstijl.'), finding('warning', 'Let op.'), finding('error', 'Fout.')],
      { validationState: 'error', validationMessage: 'Fout. Let op. Huisstijl.' },
    ],
  ] as const)('%s', (_name, findings, expected) => {
    expect(fieldValidation(findings)).toEqual(expected);
  });
});
