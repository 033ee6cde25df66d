import { themeFromBackground } from '../../src/document/word/office-ready';

describe('the pane follows the Office theme', () => {
  it.each([
    ['#FFFFFF', 'light'], // White / Colorful
    ['#E6E6E6', 'light'], // Light gray
    ['#666666', 'dark'], // Dark gray
    ['#262626', 'dark'], // Black (dark mode)
    ['#000000', 'dark'],
    ['262626', 'dark'],
    [undefined, 'light'], // hosts without officeTheme
    ['red', 'light'],
  ] as const)('body background %s is %s', (colour, theme) => {
    expect(themeFromBackground(colour)).toBe(theme);
  });
});
