import { afterEach, beforeEach } from 'vitest';
import { installMessages, restoreLocale } from './messages';

beforeEach(installMessages);
afterEach(restoreLocale);
