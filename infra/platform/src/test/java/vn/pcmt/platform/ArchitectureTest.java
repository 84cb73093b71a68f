package vn.pcmt.platform;

import vn.pcmt.platform.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {
}
