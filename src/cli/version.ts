/** The CLI's version, kept in step with package.json by hand at release. */
export const CLI_VERSION = '0.1.0';
