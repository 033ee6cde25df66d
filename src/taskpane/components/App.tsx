import { FluentProvider, type Theme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { PaneCalendarProvider } from '../pane-calendar';
import { ServicesContext, type TaskpaneServices } from '../services';
import { AnnotatieForm } from './AnnotatieForm/AnnotatieForm';

/**
 * The whole pane: the Fluent theme that follows Office's (passed in, so the entry loads only the
 * theme in use), the injected services, the meeting calendar (loaded once the form is up), the form.
 */
export function App(props: { readonly services: TaskpaneServices; readonly theme: Theme }): ReactElement {
  const { services, theme } = props;
  return (
    <FluentProvider theme={theme} lang={services.language}>
      <ServicesContext.Provider value={services}>
        <PaneCalendarProvider>
          <AnnotatieForm />
        </PaneCalendarProvider>
      </ServicesContext.Provider>
    </FluentProvider>
  );
}
