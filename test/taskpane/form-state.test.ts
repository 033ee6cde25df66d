import {
  INITIAL_FORM_STATE,
  changes,
  countProblems,
  fieldsOfSection,
  formReducer,
  normalizedChanges,
  problemsBySection,
  shownFindings,
  type FormAction,
  type FormState,
} from '../../src/taskpane/form-state';
import type { ReportedFinding } from '../../src/domain';

const loaded = formReducer(INITIAL_FORM_STATE, {
  type: 'loaded',
  values: { onderwerp: 'A', programma: 'Vrije tijd' },
  findings: [],
});

const run = (state: FormState, ...actions: FormAction[]): FormState => actions.reduce(formReducer, state);

const typo: ReportedFinding = { field: 'ambtenaar.email', code: 'email_domain_typo', severity: 'error', message: 'Tikfout.' };
const format: ReportedFinding = { field: 'ambtenaar.email', code: 'email_format', severity: 'error', message: 'Geen adres.' };

describe('form state', () => {
  it('sends only the fields that differ from the document, treating missing as empty', () => {
    const state = run(
      loaded,
      { type: 'change', field: 'onderwerp', value: 'B' },
      { type: 'change', field: 'portefeuillehouder', value: '' },
      { type: 'change', field: 'programma', value: 'Vrije tijd' },
    );
    expect(changes(state)).toEqual({ onderwerp: 'B' });
  });

  it('puts only the changed fields in house style, and shows them so in the form', () => {
    const state = run(
      loaded,
      { type: 'change', field: 'onderwerp', value: ' B ' },
      { type: 'change', field: 'programma', value: 'Vrije tijd' },
    );
    const normalized = normalizedChanges(state, (key, text) => `${key}:${text.trim()}`);
    expect(normalized).toEqual({ onderwerp: 'onderwerp:B' });
    expect(run(state, { type: 'normalized', values: normalized }).values).toEqual({
      onderwerp: 'onderwerp:B',
      programma: 'Vrije tijd',
    });
  });

  it('lets a draft win over the document without moving the saved baseline', () => {
    const state = formReducer(INITIAL_FORM_STATE, {
      type: 'loaded',
      values: { onderwerp: 'A' },
      findings: [],
      draft: { onderwerp: 'Concept' },
    });
    expect(state.values.onderwerp).toBe('Concept');
    expect(changes(state)).toEqual({ onderwerp: 'Concept' });
  });

  it('moves written fields into the baseline and keeps the rest as changes after a partial failure', () => {
    const edited = run(loaded, { type: 'change', field: 'onderwerp', value: 'B' }, { type: 'change', field: 'programma', value: 'X' });
    const sent = changes(edited);
    const failed = formReducer(edited, { type: 'saveFailed', written: ['onderwerp'], notWritten: ['programma'], sent, message: 'm', reason: 'r', canRepair: false });
    expect(changes(failed)).toEqual({ programma: 'X' });
    expect(failed.save).toEqual({ status: 'failed', notWritten: ['programma'], message: 'm', reason: 'r', canRepair: false });
  });

  it('keeps the failure visible while the user goes on typing, so the retry stays in reach', () => {
    const failed = formReducer(loaded, { type: 'saveFailed', written: [], notWritten: ['onderwerp'], sent: {}, message: 'm', reason: 'r', canRepair: false });
    expect(formReducer(failed, { type: 'change', field: 'onderwerp', value: 'C' }).save.status).toBe('failed');
  });

  it.each([
    ['another field is being edited', null, [typo, format]],
    ['the problem was there when the user entered the field', ['email_domain_typo', 'email_format'], [typo, format]],
    ['a new problem waits until the user leaves the field', ['email_domain_typo'], [typo]],
    ['a fixed problem disappears at once', [], []],
  ] as const)('shows a field its findings when %s', (_name, codesAtFocus, expected) => {
    const editing = codesAtFocus === null ? { field: 'onderwerp' as const, codesAtFocus: [] } : { field: 'ambtenaar.email' as const, codesAtFocus };
    expect(shownFindings([typo, format], 'ambtenaar.email', editing)).toEqual(expected);
  });

  it.each([
    ['contactgegevens', ['portefeuillehouder', 'medePortefeuillehouders', 'ambtenaar.naam']],
    ['planning', ['planning.beeldvorming', 'planning.oordeelsvorming', 'planning.besluitvorming']],
  ] as const)('shows in section %s its fields without the title, starting with %j', (section, first) => {
    expect(fieldsOfSection(section).map((field) => field.key).slice(0, first.length)).toEqual(first);
  });

  it('counts errors and warnings, not info, per section and in total', () => {
    const findings: ReportedFinding[] = [
      typo,
      { field: 'planning.besluitvorming', code: 'planning_weekday', severity: 'warning', message: 'w' },
      { field: 'ambtenaar.telefoon', code: 'phone_style', severity: 'info', message: 'i' },
      { field: null, code: 'planning_all_nvt', severity: 'error', message: 'e' },
      // Onderwerp sits above the sections in the pane: counted in the total, in no section.
      { field: 'onderwerp', code: 'required', severity: 'error', message: 'r' },
    ];
    expect(countProblems(findings)).toEqual({ errors: 3, warnings: 1 });
    expect(problemsBySection(findings)).toEqual({
      contactgegevens: 1,
      bijeenkomst: 0,
      planning: 1,
      doel: 0,
      toelichting: 0,
      achtergrond: 0,
    });
  });
});

describe('form state after the document was read again (the Controle tab)', () => {
  const controlMissing = { field: 'programma' as const, code: 'control_missing' as const, severity: 'error' as const };

  it('shows the new text in untouched fields and keeps an unsaved edit as a change against it', () => {
    const edited = run(loaded, { type: 'change', field: 'onderwerp', value: 'Mijn onderwerp' });
    const state = run(edited, { type: 'documentRead', values: { onderwerp: 'Anders', programma: 'Veiligheid', adviesCommissie: 'n.v.t.' }, findings: [controlMissing] });
    expect(state.values).toEqual({ onderwerp: 'Mijn onderwerp', programma: 'Veiligheid', adviesCommissie: 'n.v.t.' });
    expect(state.saved).toEqual({ onderwerp: 'Anders', programma: 'Veiligheid', adviesCommissie: 'n.v.t.' });
    expect(changes(state)).toEqual({ onderwerp: 'Mijn onderwerp' });
    expect(state.documentFindings).toEqual([controlMissing]);
  });

  it('empties an untouched field the document emptied', () => {
    const state = run(loaded, { type: 'documentRead', values: { onderwerp: 'A' }, findings: [] });
    expect(state.values).toEqual({ onderwerp: 'A' });
    expect(changes(state)).toEqual({});
  });

  it('is ignored before the form is ready', () => {
    expect(run(INITIAL_FORM_STATE, { type: 'documentRead', values: { onderwerp: 'A' }, findings: [] })).toBe(INITIAL_FORM_STATE);
  });

  it('takes fields written from the Controle tab as the baseline, leaving the save status alone', () => {
    const saving = run(loaded, { type: 'change', field: 'adviesCommissie', value: 'n.v.t.' }, { type: 'change', field: 'onderwerp', value: 'B' });
    const state = run(saving, { type: 'fieldsWritten', written: ['adviesCommissie'], sent: { adviesCommissie: 'n.v.t.' } });
    expect(changes(state)).toEqual({ onderwerp: 'B' });
    expect(state.save).toEqual(saving.save);
  });
});
