<?php
/**
 * Plugin Name:       Know Your Rights Widgets
 * Plugin URI:        https://github.com/kyr-widgets/kyr-widgets
 * Description:       Know-your-rights information for sex workers and migrants: rights card, arrest guide, migrant "firewall" notice, help directory and quick exit, as blocks and shortcodes. No tracking, nothing stored about readers, no request to another site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            kyr-widgets contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       kyr-widgets
 *
 * @package kyr-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'KYR_WIDGETS_FILE', __FILE__ );
define( 'KYR_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once KYR_WIDGETS_DIR . 'includes/elements.php';
require_once KYR_WIDGETS_DIR . 'includes/embed.php';
require_once KYR_WIDGETS_DIR . 'includes/settings.php';

add_action( 'init', 'kyr_widgets_register' );
add_action( 'enqueue_block_editor_assets', 'kyr_widgets_editor_assets' );
add_filter( 'script_loader_tag', 'kyr_widgets_module_tag', 10, 3 );
add_action( 'admin_menu', 'kyr_widgets_settings_menu' );
add_action( 'admin_init', 'kyr_widgets_settings_register' );
