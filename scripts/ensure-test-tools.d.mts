/** Where the browser tests and the bench find Chromium: `CHROMIUM_PATH`, else Debian's. */
export declare const CHROMIUM: string;
/** Where the browser tests find nginx: `NGINX_PATH`, else Debian's. */
export declare const NGINX: string;
