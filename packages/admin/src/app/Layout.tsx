import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { graphql } from '../gql/gql';
import { Button } from '../ui/Button';
import { useServices, useSession } from './app-services';
import { LanguageSwitch } from './LanguageSwitch';
import { LiveIndicator } from './LiveIndicator';
import { navFor } from './navigation';

const Logout = graphql(`
  mutation Logout {
    logout
  }
`);

export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const { session: store } = useServices();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const [logout, { client }] = useMutation(Logout);
  const signOut = async () => {
    await logout().catch(() => undefined);
    store.clear();
    await client.clearStore();
    navigate('/login', { replace: true });
  };
  if (!session) return null;
  return (
    <div className="shell" data-menu={menuOpen ? 'open' : 'closed'}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('nav.main')} id="main-menu">
        <span className="brand">{t('appName')}</span>
        {navFor(session.user.role).map((item) => (
          <NavLink key={item.to} to={item.to} end={item.to === '/'} onClick={() => setMenuOpen(false)}>
            {t(`nav.${item.label}`)}
          </NavLink>
        ))}
      </nav>
      <div>
        <header className="topbar">
          <Button className="menu-toggle" aria-expanded={menuOpen} aria-controls="main-menu" onClick={() => setMenuOpen((open) => !open)}>
            {t('nav.openMenu')}
          </Button>
          <LiveIndicator />
          <span>
            {session.user.name} · {t(`role.${session.user.role}`)}
          </span>
          <LanguageSwitch />
          <Button onClick={() => void signOut()}>{t('signOut')}</Button>
        </header>
        <main className="main" id="main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
