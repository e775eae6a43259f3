/** What a page hands to the components it renders, beyond their props (src/middleware.ts, src/data/figures.ts). */
declare namespace App {
  interface Locals {
    /** The site's settings: name, tagline, description, contact. */
    settings: import('./schemas/site').SiteSettings;
    /** The photos the page's MDX blocks may place, by id. */
    figures?: import('./data/figures').Figures;
  }
}
