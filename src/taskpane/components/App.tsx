import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { ServicesContext, type TaskpaneServices } from '../services';
import { AnnotatieForm } from './AnnotatieForm/AnnotatieForm';

export type ThemeName = 'light' | 'dark';

/** The whole pane: Fluent theme (following Office's), the injected services, the form. */
export function App(props: { readonly services: TaskpaneServices; readonly theme: ThemeName }): ReactElement {
  const { services, theme } = props;
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} lang={services.language}>
      <ServicesContext.Provider value={services}>
        <AnnotatieForm />
      </ServicesContext.Provider>
    </FluentProvider>
  );
}
