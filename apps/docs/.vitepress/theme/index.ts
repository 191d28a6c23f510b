// VitePress's default theme, with colours and one control adjusted so that
// axe-core finds nothing serious (see accessibility.css).
import DefaultTheme from 'vitepress/theme';
import './accessibility.css';

export default DefaultTheme;
