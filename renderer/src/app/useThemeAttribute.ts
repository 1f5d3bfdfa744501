import { useEffect } from 'react';
import { useAppStore } from '../store';
import { selectTheme } from '../store/selectors';

/** 'system' leaves the attribute off so CSS follows prefers-color-scheme on its own. */
export function useThemeAttribute(): void {
  const theme = useAppStore(selectTheme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
