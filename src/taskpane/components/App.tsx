import { FluentProvider, type Theme } from '@fluentui/react-components';
import { useEffect, useMemo, type ReactElement } from 'react';
import { useDeferredChunk } from '../deferred';
import { later } from '../later';
import { LoadFailed } from '../load-failed';
import { awaitsValidation } from '../pane-services';
import { PaneCalendarProvider } from '../pane-calendar';
import { ServicesContext, type TaskpaneServices } from '../services';
import { AnnotatieForm } from './AnnotatieForm/AnnotatieForm';

/**
 * The whole pane: the Fluent theme that follows Office's (passed in, so the entry loads only the
 * theme in use), the injected services, the meeting calendar (loaded once the form is up), the form.
 *
 * Services without validation (the pane's entry, createPaneServices) get the validation core
 * when the form's later chunk arrives (later.ts), in the same render in which the sections and
 * the summary appear: its check replaces PENDING_CHECK, so the findings are computed anew.
 */
export function App(props: { readonly services: TaskpaneServices; readonly theme: Theme }): ReactElement {
  const { services: given, theme } = props;
  const rest = useDeferredChunk(later);
  // The entry starts the fetch as soon as the form's chunk is there; the preview and the tests
  // render App directly.
  useEffect(() => void later.load(), []);
  const services = useMemo(() => {
    if (rest.module === undefined || !awaitsValidation(given)) return given;
    return { ...given, ...rest.module.validation(given.profile, given.language) };
  }, [given, rest.module]);
  return (
    <FluentProvider theme={theme} lang={services.language}>
      <ServicesContext.Provider value={services}>
        {rest.failed ? <LoadFailed language={services.language} /> : null}
        <PaneCalendarProvider>
          <AnnotatieForm />
        </PaneCalendarProvider>
      </ServicesContext.Provider>
    </FluentProvider>
  );
}
