export { SelfReportForm, type SelfReportFormProps, type SealedResult } from './SelfReportForm';
export { openSelfReportModal, type OpenSelfReportOptions } from './SelfReportModal';
export { draftIdFor, openDraftFor, snapshotFor, valueAtPath, type SelfReportPort } from './port';
export { openPrintable, storePort } from './store-port';
export { SELFREPORT_CSS } from './styles';
export { sr, pick } from './i18n';
