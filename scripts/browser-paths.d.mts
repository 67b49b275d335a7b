type BrowserName = 'chromium' | 'firefox';

export declare const BROWSERS: Record<
  BrowserName,
  { variable: string; commands: string[]; debianPackage: string; help: string }
>;
export declare function findBrowser(name: BrowserName): string | undefined;
export declare function browserPath(name: BrowserName): string;
