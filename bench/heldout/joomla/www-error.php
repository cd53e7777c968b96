#
#<?php die('Forbidden.'); ?>
#Date: 2024-06-07 06:04:37 UTC
#Software: Joomla! 4.4.4 Stable [ Pamoja ] 16-April-2024 16:00 GMT

#Fields: datetime	priority clientip	category	message
2024-06-07T06:04:37+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:05:12+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:05:50+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:05:54+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:06:40+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:07:39+00:00	CRITICAL 179.43.180.106	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:07:56+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T06:08:04+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:11:36+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:12:49+00:00	CRITICAL 46.101.4.130	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:13:33+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:14:05+00:00	INFO 203.0.113.188	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T06:14:18+00:00	CRITICAL 212.70.149.150	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:16:36+00:00	INFO 198.51.100.250	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T06:17:27+00:00	CRITICAL 139.59.64.27	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:20:42+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T06:22:04+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:24:16+00:00	CRITICAL 46.101.4.130	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:25:23+00:00	CRITICAL 141.98.11.60	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:26:10+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:27:06+00:00	INFO 198.51.100.88	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T06:28:11+00:00	CRITICAL 203.0.113.167	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:28:28+00:00	CRITICAL 203.0.113.167	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T06:28:37+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:28:52+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:29:45+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:30:28+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:31:13+00:00	CRITICAL 141.98.11.60	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:33:23+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:33:50+00:00	CRITICAL 185.220.101.34	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:34:01+00:00	CRITICAL 185.220.101.34	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:34:44+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:34:57+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:35:24+00:00	CRITICAL 198.51.100.214	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:35:35+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:39:25+00:00	CRITICAL 185.220.101.34	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:40:20+00:00	CRITICAL 45.141.87.19	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:40:41+00:00	INFO 198.51.100.214	joomlafailure	Empty password not allowed.
2024-06-07T06:41:12+00:00	CRITICAL 31.220.3.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:41:19+00:00	INFO 198.51.100.250	joomlafailure	Empty password not allowed.
2024-06-07T06:42:13+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:42:14+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:42:45+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:42:58+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:46:04+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:46:09+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:47:11+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:49:07+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T06:49:15+00:00	CRITICAL 31.220.3.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:49:19+00:00	CRITICAL 198.235.24.37	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:49:36+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:50:50+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:51:18+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:51:41+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:52:00+00:00	INFO 198.51.100.23	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T06:53:49+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:54:57+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:55:28+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:56:26+00:00	INFO 203.0.113.188	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T06:57:28+00:00	CRITICAL 46.101.4.130	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T06:58:21+00:00	CRITICAL 92.255.57.58	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:00:26+00:00	CRITICAL 198.51.100.214	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:01:30+00:00	CRITICAL 139.59.64.27	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:02:37+00:00	CRITICAL 45.141.87.19	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:02:54+00:00	CRITICAL 2.57.122.209	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:03:12+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:03:26+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:03:35+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:04:40+00:00	CRITICAL 91.92.249.110	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:05:11+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:05:11+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:05:15+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:05:18+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:05:23+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:05:24+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:05:25+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:05:26+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:05:29+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:05:31+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:05:53+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:02+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:02+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:06+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:07+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:12+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:12+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:17+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:22+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:22+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:23+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:23+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:29+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:33+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:33+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:34+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:36+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:44+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:45+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:47+00:00	INFO 198.51.100.23	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:50+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:50+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:51+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:52+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:52+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:56+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:58+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:06:59+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:00+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:00+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:04+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:15+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:17+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:20+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:28+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:33+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:36+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:41+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:43+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:47+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:48+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:52+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:07:59+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:00+00:00	CRITICAL 198.51.100.214	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:08:03+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:07+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:09+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:10+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:15+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:16+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:16+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:16+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:22+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:24+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:28+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:34+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:36+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:38+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:39+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:39+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:40+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:41+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:41+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:43+00:00	CRITICAL 198.51.100.214	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:08:43+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:46+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:47+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:51+00:00	CRITICAL 45.141.87.19	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:08:52+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:08:52+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:02+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:09+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:11+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:11+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:14+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:18+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:35+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:42+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:44+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:45+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:46+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:47+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:51+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:54+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:57+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:09:58+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:04+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:06+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:07+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:10+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:14+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:18+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:26+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:26+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:26+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:28+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:29+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:10:30+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:33+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:36+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:37+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:38+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:40+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:44+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:45+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:56+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:10:59+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:08+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:11:15+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:16+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:20+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:21+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:23+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:24+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:28+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:33+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:34+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:42+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:45+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:47+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:47+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:48+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:48+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:50+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:53+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:56+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:11:57+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:04+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:12:06+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:07+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:10+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:15+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:15+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:15+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:17+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:17+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:19+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:20+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:20+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:27+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:27+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:28+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:29+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:30+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:30+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:32+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:32+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:12:36+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:38+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:41+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:45+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:49+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:54+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:56+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:57+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:12:59+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:07+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:07+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:09+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:11+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:15+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:17+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:27+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:27+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:27+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:28+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:36+00:00	CRITICAL 2.57.122.209	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:13:37+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:42+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:43+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:44+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:44+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:46+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:47+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:51+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:53+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:54+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:55+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:57+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:58+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:13:58+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:09+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:16+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:17+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:18+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:18+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:25+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:26+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:26+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:30+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:30+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:31+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:34+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:38+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:40+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:42+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:43+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:46+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:14:52+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:14:57+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:07+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:15:12+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:13+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:13+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:14+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:15:16+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:15:16+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:20+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:22+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:24+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:26+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:27+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:33+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:38+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:39+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:43+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:44+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:44+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:51+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:52+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:54+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:55+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:56+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:57+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:15:59+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:00+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:01+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:04+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:08+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:09+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:15+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:16+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:17+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:19+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:27+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:32+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:32+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:34+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:38+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:44+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:51+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:54+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:55+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:56+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:57+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:58+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:58+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:59+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:16:59+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:05+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:06+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:09+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:10+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:11+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:14+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:16+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:18+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:20+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:20+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:24+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:25+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:26+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:30+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:31+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:32+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:32+00:00	CRITICAL 203.0.113.95	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:17:37+00:00	CRITICAL 141.98.11.60	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:17:41+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:41+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:42+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:43+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:47+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:48+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:49+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:50+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:57+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:17:57+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:03+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:05+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:11+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:20+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:21+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:27+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:30+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:30+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:18:31+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:37+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:39+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:39+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:41+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:44+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:47+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:52+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:55+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:56+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:18:56+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:08+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:11+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:13+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:13+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:21+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:19:24+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:27+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:28+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:28+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:39+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:42+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:42+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:46+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:51+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:53+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:57+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:19:59+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:07+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:20+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:21+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:23+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:28+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:31+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:32+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:33+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:33+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:34+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:35+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:37+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:41+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:43+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:20:44+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:45+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:47+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:54+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:55+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:56+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:20:59+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:00+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:00+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:02+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:03+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:04+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:07+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:11+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:11+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:17+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:18+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:19+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:20+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:21:23+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:24+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:26+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:27+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:28+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:29+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:30+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:31+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:36+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:37+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:38+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:38+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:39+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:41+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:44+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:45+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:48+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:48+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:49+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:50+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:21:51+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:07+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:08+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:22:09+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:12+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:19+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:20+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:23+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:24+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:25+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:30+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:30+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:41+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:41+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:43+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:48+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:54+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:54+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:54+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:22:59+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:01+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:01+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:05+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:08+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:11+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:11+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:14+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:14+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:15+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:17+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:22+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:24+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:26+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:33+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:35+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:40+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:43+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:48+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:23:53+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:00+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:07+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:12+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:15+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:18+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:28+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:28+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:38+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:40+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:44+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:50+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:51+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:54+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:56+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:24:56+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:03+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:10+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:11+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:15+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:16+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:17+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:19+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:20+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:22+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:24+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:27+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:29+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:34+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:36+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:42+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:55+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:25:58+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:00+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T07:26:05+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:06+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:26:07+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:15+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:22+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:22+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:22+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:24+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:25+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:28+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:33+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:34+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:48+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:54+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:26:55+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:01+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:06+00:00	CRITICAL 2.57.122.209	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:27:08+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:09+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:12+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:12+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:14+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:14+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:15+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:20+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:24+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:24+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:30+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:34+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:36+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:40+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:41+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:45+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:49+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:27:58+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:10+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:28:14+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:18+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:25+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:25+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:29+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:30+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:30+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:38+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:40+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:42+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:46+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:47+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:50+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:50+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:54+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:56+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:56+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:28:57+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:00+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:01+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:15+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:17+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:23+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:27+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:30+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:31+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:35+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:35+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:46+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:50+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:56+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:29:58+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:01+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:01+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:02+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:04+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:13+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:16+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:16+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:19+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:26+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:26+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:28+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:31+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T07:30:37+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:38+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:39+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:40+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:47+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:48+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:49+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:50+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:57+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:58+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:59+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:59+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:30:59+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:00+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:02+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:04+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:05+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:06+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:10+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:11+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:12+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:12+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:12+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:21+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:22+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:23+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:25+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:26+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:31+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:31+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:33+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:35+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:35+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:31:48+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:00+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:01+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:04+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:10+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:15+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:22+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:25+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:25+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:25+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:28+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:29+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:30+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:32+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:33+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:33+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:35+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:36+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:37+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:39+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:40+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:40+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:42+00:00	CRITICAL 203.0.113.81	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:32:46+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:47+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:54+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:55+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:57+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:32:57+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:01+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:03+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:05+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:26+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:28+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:40+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:41+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:42+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:43+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:44+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:49+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:33:57+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:01+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:02+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:05+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:14+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:14+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:17+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:17+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:19+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:19+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:25+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:26+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:28+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:33+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:33+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:34+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:39+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:39+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:43+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:44+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:45+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:47+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:48+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:49+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:49+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:51+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:51+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:34:53+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:18+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:18+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:23+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:24+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:25+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:27+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:35:27+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:34+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:38+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:41+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:42+00:00	CRITICAL 88.214.25.100	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:35:51+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:52+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:52+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:53+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:54+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:54+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:55+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:58+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:58+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:35:59+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:00+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:02+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:08+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:25+00:00	CRITICAL 31.220.3.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:36:28+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:31+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:34+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:37+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:38+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:45+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:46+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:49+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:55+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:58+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:36:59+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:02+00:00	CRITICAL 91.92.249.110	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:37:07+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:10+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:15+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:16+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:16+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:17+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:17+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:18+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:20+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:27+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:29+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:31+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:31+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:32+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:33+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:43+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:47+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:49+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:50+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:52+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:57+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:37:57+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:07+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:11+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:14+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:38:17+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:22+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:23+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:25+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:27+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:32+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:33+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:36+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:45+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:52+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:52+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:53+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:53+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:53+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:38:57+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:02+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:06+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:07+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:13+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:16+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:18+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:19+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:21+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:23+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:39:32+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:35+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:36+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:42+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:51+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:52+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:54+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:39:58+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:04+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:06+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:08+00:00	INFO 203.0.113.241	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:09+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:10+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:12+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:15+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:17+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:18+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:25+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:26+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:28+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:29+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:29+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:30+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:35+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:38+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:40+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:40:41+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:42+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:42+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:43+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:46+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:54+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:55+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:40:59+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:41:02+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:41:03+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:41:05+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:41:15+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:41:47+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:41:53+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:41:57+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:41:57+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:00+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:01+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:02+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:02+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:08+00:00	CRITICAL 198.51.100.250	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:42:12+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:20+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:22+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:23+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:30+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:31+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:34+00:00	CRITICAL 141.98.11.60	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:42:40+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:41+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:42+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:42:46+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:50+00:00	INFO 203.0.113.39	joomlafailure	Empty password not allowed.
2024-06-07T07:42:56+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:57+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:42:58+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:00+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:02+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:03+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:10+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:11+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:12+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:16+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:21+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:26+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:38+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:40+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:50+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:51+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:59+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:43:59+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:02+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:04+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:07+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:08+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:11+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:12+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:13+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:14+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:19+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:25+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:25+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:28+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:28+00:00	CRITICAL 203.0.113.167	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:44:28+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:31+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:41+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:47+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:49+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:52+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:54+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:55+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:57+00:00	CRITICAL 212.70.149.150	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:44:58+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:58+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:44:58+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:01+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:04+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:10+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:11+00:00	CRITICAL 103.152.220.44	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:45:13+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:21+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:29+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:34+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:40+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:41+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:43+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:53+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:45:55+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:03+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:07+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:10+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:10+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:12+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:13+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:17+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:19+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:20+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:22+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:22+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:27+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:30+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:31+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:34+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:35+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:35+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:38+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:38+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:40+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:41+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:44+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:52+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:59+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:46:59+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:00+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:09+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:13+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:14+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:15+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:19+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:24+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:25+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:26+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:27+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:29+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:30+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:31+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:34+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:47+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:48+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:48+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:48+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:48+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:48+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:49+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:47:50+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:50+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:47:59+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:48:03+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:06+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:48:07+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:10+00:00	CRITICAL 198.235.24.37	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:48:12+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:12+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:14+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:17+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:26+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:30+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:48:31+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:31+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:33+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:37+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:38+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:51+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:54+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:55+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:57+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:48:58+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:00+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:00+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:02+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:03+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:04+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:49:06+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:08+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:11+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:13+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:14+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:15+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:16+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:19+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:20+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:45+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:45+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:50+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:50+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:51+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:53+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:57+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:49:57+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:03+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:04+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:05+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:07+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:17+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:18+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:20+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:26+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:29+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:33+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:34+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:40+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:42+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:43+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:44+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:47+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:56+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:50:57+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:00+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:02+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:06+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:07+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:09+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:10+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:19+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:19+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:22+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:24+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:25+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:51:26+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:26+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:27+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:28+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:31+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:37+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:39+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:44+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:45+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:46+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:47+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:47+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:54+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:58+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:51:58+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:00+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:00+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:02+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:06+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:07+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:52:07+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:08+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:10+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:13+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:14+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:14+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:15+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:16+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:16+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:18+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:24+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:52:28+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:33+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:34+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:35+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:42+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:46+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:47+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:54+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:52:56+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:01+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:02+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:03+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:04+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:05+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:07+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:08+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:11+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:15+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:16+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:18+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:20+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:29+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:30+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:31+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:36+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:37+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:37+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:38+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:40+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:41+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:41+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:43+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:46+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:50+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:56+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:57+00:00	INFO 91.92.249.110	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:53:58+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:04+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:05+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:06+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:11+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:13+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:16+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:20+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:21+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:21+00:00	INFO 5.188.87.51	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:21+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:22+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:27+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:28+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:29+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:30+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:31+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:32+00:00	INFO 212.70.149.150	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:34+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:36+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:38+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:41+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:46+00:00	CRITICAL 179.43.180.106	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:54:48+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:48+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:49+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:51+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:51+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:51+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:52+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:54+00:00	INFO 88.214.25.100	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:55+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:58+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:54:59+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:01+00:00	INFO 179.43.180.106	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:04+00:00	INFO 80.94.95.81	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:05+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:06+00:00	INFO 162.142.125.221	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:08+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:09+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:10+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:11+00:00	INFO 92.255.57.58	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:17+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:19+00:00	INFO 2.57.122.209	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:19+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:19+00:00	INFO 103.152.220.44	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:21+00:00	INFO 31.220.3.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:25+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:31+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:55:31+00:00	INFO 139.59.64.27	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:31+00:00	INFO 45.155.205.233	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:33+00:00	INFO 46.101.4.130	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:35+00:00	INFO 194.169.175.42	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:55:36+00:00	INFO 141.98.11.60	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:56:20+00:00	CRITICAL 193.32.162.71	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:56:23+00:00	CRITICAL 92.255.57.58	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:58:14+00:00	CRITICAL 5.188.87.51	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:58:34+00:00	INFO 203.0.113.39	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T07:59:12+00:00	CRITICAL 5.188.87.51	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T07:59:16+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:00:41+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:01:08+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:02:32+00:00	CRITICAL 198.51.100.250	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:04:15+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:05:27+00:00	CRITICAL 162.142.125.221	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:07:13+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:07:21+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:08:22+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:08:27+00:00	CRITICAL 5.188.87.51	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:10:01+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:10:28+00:00	INFO 203.0.113.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T08:11:33+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:14:04+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:15:04+00:00	CRITICAL 198.235.24.37	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:19:16+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:19:53+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:20:15+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:23:27+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:24:01+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:28:53+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:30:22+00:00	CRITICAL 212.70.149.150	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:30:27+00:00	CRITICAL 203.0.113.81	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:31:16+00:00	CRITICAL 203.0.113.14	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:31:30+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:31:31+00:00	CRITICAL 193.32.162.71	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:31:31+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:31:36+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:31:38+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:31:41+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:31:47+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:31:50+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:31:50+00:00	CRITICAL 203.0.113.95	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:31:55+00:00	CRITICAL 198.51.100.250	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:31:57+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:05+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:08+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:10+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:14+00:00	CRITICAL 198.51.100.214	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:18+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:21+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:22+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:28+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:29+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:31+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:33+00:00	CRITICAL 203.0.113.167	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:37+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:41+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:45+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:46+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:47+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:52+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:52+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:55+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:32:56+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:04+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:05+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:07+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:09+00:00	CRITICAL 203.0.113.95	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:13+00:00	CRITICAL 198.51.100.250	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:14+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:20+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:25+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:34+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:36+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:38+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:40+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:41+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:47+00:00	CRITICAL 141.98.11.60	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:33:50+00:00	CRITICAL 198.51.100.250	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:52+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:52+00:00	CRITICAL 91.92.249.110	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:33:55+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:33:58+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:01+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:22+00:00	CRITICAL 157.55.39.201	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:22+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:23+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:25+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:25+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:29+00:00	CRITICAL 203.0.113.81	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:29+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:34:36+00:00	CRITICAL 203.0.113.167	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:38+00:00	CRITICAL 203.0.113.95	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:38+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Connection refused". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:42+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:34:52+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:34:56+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:05+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:08+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:10+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:11+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:12+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:13+00:00	CRITICAL 198.51.100.214	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:13+00:00	CRITICAL 203.0.113.14	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:25+00:00	CRITICAL 203.0.113.81	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:28+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:34+00:00	CRITICAL 198.51.100.214	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:52+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:53+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:35:54+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:36:03+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:36:11+00:00	CRITICAL 198.51.100.250	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:36:17+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:36:19+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Joomla\Database\Exception\ConnectionFailureException thrown with message "Could not connect to database: Too many connections". Stack trace: #0 /var/www/corp/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\Database\Mysqli\MysqliDriver->connect()
#1 /var/www/corp/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\Database\Mysqli\MysqliDriver->execute()
#2 /var/www/corp/libraries/src/Plugin/PluginHelper.php(303): Joomla\Database\DatabaseDriver->loadObjectList()
#3 /var/www/corp/libraries/src/Plugin/PluginHelper.php(123): Joomla\CMS\Plugin\PluginHelper::load()
#4 /var/www/corp/libraries/src/Plugin/PluginHelper.php(224): Joomla\CMS\Plugin\PluginHelper::getPlugin('system')
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(609): Joomla\CMS\Plugin\PluginHelper::importPlugin('system')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(235): Joomla\CMS\Application\SiteApplication->initialiseApp()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:37:34+00:00	CRITICAL 2.57.122.209	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:37:57+00:00	CRITICAL 157.55.39.201	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:40:25+00:00	CRITICAL 103.152.220.44	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:42:14+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:43:29+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:43:55+00:00	CRITICAL 203.0.113.14	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T08:44:19+00:00	INFO 203.0.113.167	joomlafailure	Empty password not allowed.
2024-06-07T08:44:48+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:44:49+00:00	CRITICAL 45.141.87.19	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:45:44+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:46:03+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:46:30+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:50:34+00:00	CRITICAL 66.249.66.12	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:51:24+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:52:59+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:53:55+00:00	INFO 203.0.113.188	joomlafailure	Empty password not allowed.
2024-06-07T08:55:27+00:00	CRITICAL 46.101.4.130	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:55:40+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:56:14+00:00	CRITICAL 45.141.87.19	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T08:59:58+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:00:41+00:00	INFO 198.51.100.250	joomlafailure	Empty password not allowed.
2024-06-07T09:01:50+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:03:14+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:03:39+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:03:58+00:00	CRITICAL 203.0.113.95	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:05:35+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:07:04+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:07:38+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:07:43+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:07:47+00:00	CRITICAL 80.94.95.81	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:08:21+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:08:37+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:09:55+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:11:08+00:00	CRITICAL 80.94.95.81	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:12:34+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:12:59+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T09:14:32+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T09:16:24+00:00	INFO 203.0.113.39	joomlafailure	Empty password not allowed.
2024-06-07T09:17:40+00:00	CRITICAL 198.51.100.250	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:18:02+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:18:38+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:19:02+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:19:15+00:00	CRITICAL 103.152.220.44	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:20:04+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T09:21:39+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:22:38+00:00	CRITICAL 139.59.64.27	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:23:32+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:24:50+00:00	INFO 198.51.100.61	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T09:26:42+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:26:56+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:27:08+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:27:20+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:27:53+00:00	CRITICAL 212.70.149.150	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:28:35+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:28:47+00:00	INFO 203.0.113.188	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T09:30:46+00:00	CRITICAL 45.141.87.19	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:31:21+00:00	CRITICAL 157.55.39.201	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:32:21+00:00	CRITICAL 212.70.149.150	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:34:19+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:35:21+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T09:35:30+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:35:35+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:36:17+00:00	INFO 198.51.100.45	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T09:36:30+00:00	CRITICAL 66.249.66.12	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:37:03+00:00	CRITICAL 193.32.162.71	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:37:28+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:38:11+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T09:38:32+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:40:30+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:41:59+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:42:06+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T09:42:33+00:00	CRITICAL 103.152.220.44	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:43:04+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:43:30+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:43:33+00:00	CRITICAL 185.220.101.34	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:44:41+00:00	CRITICAL 185.220.101.34	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:45:27+00:00	CRITICAL 203.0.113.95	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:46:03+00:00	INFO 203.0.113.52	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T09:47:08+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:47:09+00:00	INFO 198.51.100.23	joomlafailure	Empty password not allowed.
2024-06-07T09:48:11+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:50:29+00:00	CRITICAL 193.32.162.71	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:52:03+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:52:19+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:52:58+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:54:51+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T09:56:55+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T09:58:39+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:01:11+00:00	CRITICAL 92.255.57.58	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:01:43+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:01:52+00:00	CRITICAL 198.235.24.37	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:01:54+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T10:02:03+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:02:14+00:00	INFO 198.51.100.176	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T10:02:39+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:04:38+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:04:40+00:00	CRITICAL 198.51.100.214	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(766): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(243): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:04:54+00:00	CRITICAL 198.51.100.250	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(304): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T10:05:42+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:06:07+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:06:16+00:00	CRITICAL 66.249.66.12	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:06:18+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:06:21+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:06:27+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:06:30+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:06:37+00:00	CRITICAL 45.141.87.19	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:07:06+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:07:47+00:00	CRITICAL 157.55.39.201	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:07:52+00:00	CRITICAL 66.249.66.12	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:07:53+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:08:01+00:00	CRITICAL 139.59.64.27	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:08:32+00:00	CRITICAL 203.0.113.167	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:08:47+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:09:05+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:09:13+00:00	CRITICAL 66.249.66.12	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:09:20+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:09:35+00:00	CRITICAL 157.55.39.201	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:09:50+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:10:00+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:10:06+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:10:08+00:00	CRITICAL 162.142.125.221	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:10:20+00:00	CRITICAL 203.0.113.167	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:10:34+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:10:42+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:10:44+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:10:55+00:00	CRITICAL 198.51.100.214	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:11:13+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:11:27+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:11:38+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:11:48+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:11:51+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:11:53+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:12:00+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:12:01+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:12:01+00:00	INFO 203.0.113.14	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T10:12:23+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:12:24+00:00	CRITICAL 198.51.100.23	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:12:30+00:00	CRITICAL 203.0.113.14	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:12:32+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:12:35+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:12:59+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:13:02+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:13:40+00:00	CRITICAL 66.249.66.12	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:14:12+00:00	CRITICAL 157.55.39.201	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:14:25+00:00	CRITICAL 185.220.101.34	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:14:42+00:00	CRITICAL 88.214.25.100	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:14:50+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:14:58+00:00	INFO 203.0.113.27	joomlafailure	Empty password not allowed.
2024-06-07T10:15:10+00:00	CRITICAL 185.220.101.34	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:15:23+00:00	CRITICAL 66.249.66.12	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:15:26+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:15:58+00:00	INFO 198.51.100.45	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T10:16:15+00:00	CRITICAL 203.0.113.167	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:16:18+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:16:20+00:00	CRITICAL 46.101.4.130	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:16:35+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:16:41+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:16:42+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:16:43+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:16:44+00:00	CRITICAL 198.235.24.37	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:16:59+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:17:12+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:17:20+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:18:11+00:00	CRITICAL 80.94.95.81	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:18:19+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:18:45+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:18:46+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:18:52+00:00	CRITICAL 198.51.100.250	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:19:59+00:00	CRITICAL 203.0.113.95	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:20:01+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T10:20:45+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:21:04+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:21:44+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:21:56+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:21:58+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:22:14+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:22:23+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:22:25+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:22:44+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:23:04+00:00	CRITICAL 203.0.113.95	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:23:07+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:23:25+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:23:46+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:24:01+00:00	INFO 203.0.113.140	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T10:24:32+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:24:36+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:24:49+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:24:53+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:24:55+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:24:59+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:25:03+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:25:03+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:25:31+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:25:46+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:25:52+00:00	CRITICAL 66.249.66.12	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:26:20+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:26:26+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:26:48+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:27:01+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:27:28+00:00	CRITICAL 203.0.113.95	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:27:38+00:00	CRITICAL 157.55.39.201	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:28:18+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:28:30+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:29:09+00:00	CRITICAL 66.249.66.12	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:29:21+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:29:24+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:29:25+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:29:40+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:29:45+00:00	CRITICAL 203.0.113.14	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:29:54+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:30:07+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:30:13+00:00	CRITICAL 203.0.113.167	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:30:35+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:30:49+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:30:58+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:31:32+00:00	CRITICAL 198.51.100.199	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:31:36+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:32:03+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:32:44+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:32:47+00:00	CRITICAL 80.94.95.81	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:32:50+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:32:54+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:32:59+00:00	CRITICAL 203.0.113.95	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:33:31+00:00	CRITICAL 157.55.39.201	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:33:32+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:33:42+00:00	CRITICAL 141.98.11.60	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:33:44+00:00	CRITICAL 66.249.66.12	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:33:56+00:00	CRITICAL 203.0.113.81	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:34:49+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:35:19+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:35:29+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:35:53+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:36:46+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:36:56+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:36:59+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:37:02+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:37:07+00:00	CRITICAL 157.55.39.201	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:37:18+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:37:30+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:37:53+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:38:04+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:38:09+00:00	CRITICAL 203.0.113.140	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:38:20+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:38:29+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:38:42+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:38:45+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:38:57+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:39:03+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:39:11+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:39:19+00:00	CRITICAL 203.0.113.167	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:39:21+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:39:23+00:00	CRITICAL 198.51.100.61	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:39:23+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:39:28+00:00	CRITICAL 203.0.113.66	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:39:36+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:39:40+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:39:49+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:40:02+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:40:12+00:00	CRITICAL 203.0.113.27	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:40:19+00:00	CRITICAL 203.0.113.14	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:40:25+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:40:30+00:00	CRITICAL 92.255.57.58	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:40:54+00:00	CRITICAL 198.51.100.250	error	Uncaught Throwable of type Error thrown with message "Call to undefined method Joomla\CMS\Document\HtmlDocument::addScriptVersion()". Stack trace: #0 /var/www/corp/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\Registry\Registry))
#1 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include('/var/www/corp/m...')
#2 [internal function]: Joomla\CMS\Dispatcher\LegacyModuleDispatcher->Joomla\CMS\Dispatcher\{closure}('/var/www/corp/m...')
#3 /var/www/corp/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), '/var/www/corp/m...')
#4 /var/www/corp/libraries/src/Helper/ModuleHelper.php(294): Joomla\CMS\Dispatcher\LegacyModuleDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\CMS\Helper\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\Registry\Registry), Array)
#6 /var/www/corp/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\CMS\Document\Renderer\Html\ModuleRenderer->render(Object(stdClass), Array, NULL)
#7 /var/www/corp/libraries/src/Document/HtmlDocument.php(578): Joomla\CMS\Document\Renderer\Html\ModulesRenderer->render('slider', Array, NULL)
#8 /var/www/corp/libraries/src/Document/HtmlDocument.php(894): Joomla\CMS\Document\HtmlDocument->getBuffer('modules', 'slider', Array)
#9 /var/www/corp/libraries/src/Document/HtmlDocument.php(648): Joomla\CMS\Document\HtmlDocument->_renderTemplate()
#10 /var/www/corp/libraries/src/Application/CMSApplication.php(1174): Joomla\CMS\Document\HtmlDocument->render(false, Array)
#11 /var/www/corp/libraries/src/Application/SiteApplication.php(795): Joomla\CMS\Application\CMSApplication->render()
#12 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#13 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#14 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#15 {main}
2024-06-07T10:41:06+00:00	CRITICAL 203.0.113.14	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:42:32+00:00	CRITICAL 193.32.162.71	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:44:16+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:44:38+00:00	INFO 198.51.100.7	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T10:49:35+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:49:47+00:00	CRITICAL 114.119.133.72	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:50:10+00:00	INFO 203.0.113.203	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T10:51:27+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:53:47+00:00	CRITICAL 185.220.101.34	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:53:48+00:00	CRITICAL 198.51.100.250	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:54:18+00:00	CRITICAL 92.255.57.58	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:54:50+00:00	CRITICAL 91.92.249.110	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:55:26+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:55:57+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:56:02+00:00	CRITICAL 88.214.25.100	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:56:30+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:57:31+00:00	CRITICAL 31.220.3.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T10:59:22+00:00	CRITICAL 91.92.249.110	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:00:15+00:00	CRITICAL 40.77.167.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:00:39+00:00	CRITICAL 193.32.162.71	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:01:35+00:00	CRITICAL 203.0.113.241	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:01:49+00:00	CRITICAL 185.220.101.34	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:03:13+00:00	CRITICAL 198.51.100.214	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:05:05+00:00	CRITICAL 194.169.175.42	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:05:20+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:08:09+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:09:46+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:10:07+00:00	CRITICAL 46.101.4.130	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:11:47+00:00	CRITICAL 5.188.87.51	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:13:58+00:00	CRITICAL 66.249.66.87	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:14:16+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:14:17+00:00	CRITICAL 46.101.4.130	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:14:32+00:00	CRITICAL 212.70.149.150	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:17:04+00:00	INFO 203.0.113.39	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T11:18:37+00:00	CRITICAL 198.51.100.45	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:18:50+00:00	CRITICAL 193.32.162.71	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:19:02+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:19:27+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:21:29+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:24:01+00:00	CRITICAL 203.0.113.188	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:24:33+00:00	CRITICAL 198.51.100.134	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:25:25+00:00	CRITICAL 198.51.100.7	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:29:11+00:00	CRITICAL 198.51.100.102	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T11:29:22+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T11:30:39+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:34:35+00:00	CRITICAL 45.141.87.19	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:34:42+00:00	CRITICAL 203.0.113.52	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:36:51+00:00	CRITICAL 194.169.175.42	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:37:07+00:00	CRITICAL 203.0.113.203	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:39:39+00:00	CRITICAL 2.57.122.209	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:40:44+00:00	CRITICAL 198.235.24.37	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:42:39+00:00	CRITICAL 45.155.205.233	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:43:52+00:00	CRITICAL 203.0.113.39	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:44:11+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:44:12+00:00	CRITICAL 212.70.149.150	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:44:45+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:45:57+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:49:33+00:00	CRITICAL 198.51.100.176	error	Uncaught Throwable of type Exception thrown with message "You are not authorised to view this resource.". Stack trace: #0 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(697): Joomla\Component\Content\Site\View\Article\HtmlView->display(NULL)
#1 /var/www/corp/components/com_content/src/Controller/DisplayController.php(123): Joomla\CMS\MVC\Controller\BaseController->display(true, Array)
#2 /var/www/corp/libraries/src/MVC/Controller/BaseController.php(730): Joomla\Component\Content\Site\Controller\DisplayController->display()
#3 /var/www/corp/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\CMS\MVC\Controller\BaseController->execute('display')
#4 /var/www/corp/libraries/src/Component/ComponentHelper.php(361): Joomla\CMS\Dispatcher\ComponentDispatcher->dispatch()
#5 /var/www/corp/libraries/src/Application/SiteApplication.php(217): Joomla\CMS\Component\ComponentHelper::renderComponent('com_content')
#6 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->dispatch()
#7 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#8 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#9 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#10 {main}
2024-06-07T11:51:42+00:00	CRITICAL 203.0.113.118	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:52:12+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:53:19+00:00	CRITICAL 194.169.175.42	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:55:09+00:00	CRITICAL 203.0.113.95	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:55:21+00:00	CRITICAL 198.51.100.157	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:56:35+00:00	CRITICAL 185.191.171.9	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:57:23+00:00	CRITICAL 31.220.3.140	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:57:41+00:00	INFO 198.51.100.157	joomlafailure	Username and password do not match or you do not have an account yet.
2024-06-07T11:58:13+00:00	CRITICAL 198.51.100.88	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
2024-06-07T11:58:33+00:00	CRITICAL 203.0.113.229	error	Uncaught Throwable of type Joomla\CMS\Router\Exception\RouteNotFoundException thrown with message "Page not found". Stack trace: #0 /var/www/corp/libraries/src/Application/SiteApplication.php(781): Joomla\CMS\Router\Router->parse(Object(Joomla\CMS\Uri\Uri), true)
#1 /var/www/corp/libraries/src/Application/SiteApplication.php(271): Joomla\CMS\Application\SiteApplication->route()
#2 /var/www/corp/libraries/src/Application/CMSApplication.php(306): Joomla\CMS\Application\SiteApplication->doExecute()
#3 /var/www/corp/includes/app.php(58): Joomla\CMS\Application\CMSApplication->execute()
#4 /var/www/corp/index.php(32): require_once('/var/www/corp/i...')
#5 {main}
