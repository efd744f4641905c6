/** Where the browser tests and the bench find Chromium: `CHROMIUM_PATH`, else Debian's. */
export declare const CHROMIUM: string;
/** What Chromium is started with, for the tests and the bench: off the closed network. */
export declare const CHROMIUM_ARGS: readonly string[];
/** Where the browser tests find nginx: `NGINX_PATH`, else Debian's. */
export declare const NGINX: string;
