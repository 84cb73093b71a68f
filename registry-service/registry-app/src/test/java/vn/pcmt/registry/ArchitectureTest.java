package vn.pcmt.registry;

import vn.pcmt.platform.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {
}
