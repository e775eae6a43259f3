/** What a page hands to the components it renders, beyond their props (see src/data/figures.ts). */
declare namespace App {
  interface Locals {
    /** The photos the page's MDX blocks may place, by id. */
    figures?: import('./data/figures').Figures;
  }
}
