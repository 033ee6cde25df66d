// Its own chunk: the dark token set is only downloaded when Office uses a dark theme.
export { webDarkTheme } from '@fluentui/react-components';
