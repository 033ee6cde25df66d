import { validate, withDocumentFindings } from '../../src/domain/validate';
import type { Finding } from '../../src/domain/findings';

describe('withDocumentFindings', () => {
  it('gives a field whose control is missing control_missing only, not also required', () => {
    const documentFindings: Finding[] = [{ field: 'programma', code: 'control_missing', severity: 'error' }];
    const merged = withDocumentFindings(documentFindings, validate({ onderwerp: 'A' }));
    expect(merged.filter((finding) => finding.field === 'programma').map((finding) => finding.code)).toEqual(['control_missing']);
    // Other empty required fields are still required.
    expect(merged.some((finding) => finding.field === 'portefeuillehouder' && finding.code === 'required')).toBe(true);
  });

  it('keeps everything when no control is missing', () => {
    const values = validate({});
    expect(withDocumentFindings([], values)).toEqual(values);
  });
});
