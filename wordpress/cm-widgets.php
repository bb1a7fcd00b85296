<?php
/**
 * Plugin Name:       Cities of Migration widgets
 * Plugin URI:        https://citiesofmigration.ca/
 * Description:       Featured stories, webinars, mayors' quotes and the index of good ideas from Cities of Migration, as blocks and shortcodes that every editor can use.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * Author:            Cities of Migration
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       cm-widgets
 * Domain Path:       /languages
 *
 * @package CmWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'CM_WIDGETS_VERSION', '0.1.0' );
define( 'CM_WIDGETS_FILE', __FILE__ );
define( 'CM_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'CM_WIDGETS_URL', plugin_dir_url( __FILE__ ) );

require_once CM_WIDGETS_DIR . 'includes/elements.php';
require_once CM_WIDGETS_DIR . 'includes/sanitize.php';
require_once CM_WIDGETS_DIR . 'includes/feed.php';
require_once CM_WIDGETS_DIR . 'includes/render.php';
require_once CM_WIDGETS_DIR . 'includes/assets.php';
require_once CM_WIDGETS_DIR . 'includes/blocks.php';
require_once CM_WIDGETS_DIR . 'includes/shortcodes.php';
require_once CM_WIDGETS_DIR . 'includes/settings.php';

/**
 * Loads the plugin's translations before the blocks are registered (their titles are
 * translated at registration).
 */
function cm_widgets_load_textdomain() {
	load_plugin_textdomain( 'cm-widgets', false, dirname( plugin_basename( CM_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'cm_widgets_load_textdomain', 0 );
