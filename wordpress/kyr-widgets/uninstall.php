<?php
/**
 * Removes the plugin's one option. It keeps nothing else: nothing about readers, ever.
 *
 * @package kyr-widgets
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'kyr_widgets_data_src' );
