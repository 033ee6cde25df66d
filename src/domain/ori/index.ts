export type { OriExport, OriInformatieObject, OriVergadering, OriAgendapunt, OriGemeente, OriVerwijzing } from './ori';
export { oriExport, oriJsonText, ORI_SPEC_VERSION } from './ori';
export { ORI_TITLE_MAX, codePointLength, oriText } from './title';
