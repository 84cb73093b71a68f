package vn.pcmt.assessment;

import vn.pcmt.platform.architecture.ServiceArchitectureTest;

class ArchitectureTest extends ServiceArchitectureTest {
}
